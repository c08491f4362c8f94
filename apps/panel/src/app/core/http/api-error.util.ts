import { HttpErrorResponse } from '@angular/common/http';

interface NestErrorBody {
  statusCode?: number;
  message?: string | string[];
  error?: string;
}

/** The API's own message (Nest's `{statusCode, message, error}`), or null when it sent none. */
export function apiErrorMessage(error: unknown): string | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const body = error.error as NestErrorBody | string | null;
  if (typeof body === 'string' && body.trim() !== '' && !body.trimStart().startsWith('<')) {
    return body;
  }
  if (body && typeof body === 'object' && body.message !== undefined) {
    return Array.isArray(body.message) ? body.message.join('; ') : body.message;
  }
  return null;
}
