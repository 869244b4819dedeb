/** What the HTML report's header says about the run, besides what its cells say. */
export interface HtmlRun {
  readonly title: string;
  /** As the user gave it; credentials are hidden when shown. Absent for the embedded emulator. */
  readonly endpoint?: string;
  readonly seed: number;
  /** When the run started, ISO 8601. */
  readonly startedAt: string;
  readonly ms: number;
  /** The chime-conformance version that ran it. */
  readonly version: string;
  /** Under --max-created: what the cleanup deleted, and what it could not, by ID. */
  readonly cleanup?: string;
}
