import { AppError, ValidationError } from "@/lib/errors";

// HTTP refusals only the API has (the typed errors of lib/errors.ts cover the rest).

export class BadRequestError extends AppError {
  override readonly status = 400;
  constructor(message = "The request could not be read.") {
    super(message);
    this.name = "BadRequestError";
  }
}

export class PayloadTooLargeError extends AppError {
  override readonly status = 413;
  constructor(message = "The request body is too large.") {
    super(message);
    this.name = "PayloadTooLargeError";
  }
}

export class UnsupportedMediaTypeError extends AppError {
  override readonly status = 415;
  constructor(message = "Send the body as JSON with Content-Type: application/json.") {
    super(message);
    this.name = "UnsupportedMediaTypeError";
  }
}

export class MethodNotAllowedError extends AppError {
  override readonly status = 405;
  constructor(readonly allowed: string[]) {
    super(`This path answers ${allowed.join(" and ")} only.`);
    this.name = "MethodNotAllowedError";
  }
}

// RFC 9457 "errors" extension: each problem names the JSON Pointer of the body member, or the
// query parameter, it is about.
export type ProblemFieldError = { detail: string; pointer?: string; parameter?: string };

export class ApiValidationError extends ValidationError {
  constructor(readonly errors: ProblemFieldError[], message = "The request has invalid fields; see errors.") {
    super(message);
    this.name = "ApiValidationError";
  }
}
