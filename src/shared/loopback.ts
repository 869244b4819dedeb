/** Names that reach this machine's loopback interface only. */
const loopbackNames = ['localhost', '127.0.0.1', '::1'];

/** Whether a host name (or IPv6 address, bracketed or not) is this machine's loopback: 127/8, ::1, localhost. */
export const isLoopbackHost = (host: string): boolean => {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return loopbackNames.includes(name) || name.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(name);
};

/** The loopback names a server on loopback answers to by name (its own address aside). */
export const loopbackHostNames: readonly string[] = loopbackNames;
