// Typed, expected errors. lib/actions/define-action.ts (errorToState) and lib/api/problem.ts map them to
// form messages and HTTP codes; anything else is unexpected, logged, and shown as a plain message.

export class AppError extends Error {
  readonly status: number = 500;
}

export class NotFoundError extends AppError {
  override readonly status = 404;
  constructor(message = "Not found.") {
    super(message);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends AppError {
  override readonly status = 403;
  constructor(message = "You do not have permission to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class UnauthenticatedError extends AppError {
  override readonly status = 401;
  constructor(message = "Please sign in.") {
    super(message);
    this.name = "UnauthenticatedError";
  }
}

export class ConflictError extends AppError {
  override readonly status = 409;
  constructor(message = "Someone else changed this since you opened it. Your text is kept below.") {
    super(message);
    this.name = "ConflictError";
  }
}

export class ValidationError extends AppError {
  override readonly status = 422;
  constructor(
    message = "Please correct the highlighted fields.",
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

export class RateLimitError extends AppError {
  override readonly status = 429;
  constructor(readonly retryAfterSeconds: number, message = "Too many attempts. Please wait and try again.") {
    super(message);
    this.name = "RateLimitError";
  }
}
