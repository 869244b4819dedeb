/** The error types the two services model, with their HTTP status. */
export const errorStatus = {
  BadRequestException: 400,
  ResourceLimitExceededException: 400,
  UnauthorizedClientException: 401,
  ForbiddenException: 403,
  AccessDeniedException: 403,
  NotFoundException: 404,
  ConflictException: 409,
  GoneException: 410,
  UnprocessableEntityException: 422,
  ThrottledClientException: 429,
  ServiceFailureException: 500,
  ServiceUnavailableException: 503,
} as const;

export type ErrorType = keyof typeof errorStatus;

/** A modelled error answer of an operation: the wire adapter turns it into status, header and body. */
export class ServiceError extends Error {
  readonly status: number;
  constructor(
    readonly type: ErrorType,
    message: string,
  ) {
    super(message);
    this.name = type;
    this.status = errorStatus[type];
  }
}

export const notFound = (what: string): ServiceError => new ServiceError('NotFoundException', `${what} was not found.`);
export const conflict = (why: string): ServiceError => new ServiceError('ConflictException', why);
