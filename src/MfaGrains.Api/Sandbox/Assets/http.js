// Reading the engine's answers: JSON on success, RFC 9457 problems (with their catalogue `code`) otherwise.

/** A refused request: the problem's status, code and detail, as the engine sent them. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.code = problem?.code ?? null;
    this.problem = problem;
  }

  /** One line for the page: "423 locked: …". */
  describe() {
    return `${this.status}${this.code ? ' ' + this.code : ''}: ${this.message}`;
  }
}

/** The body of a successful answer (null for 204), or throws an ApiError. */
export async function readResponse(response) {
  const type = response.headers.get('Content-Type') ?? '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

/** Text for a failure of any kind. */
export function describeError(error) {
  return error instanceof ApiError ? error.describe() : String(error?.message ?? error);
}
