import { Injectable, signal } from '@angular/core';

const TOKEN_KEY = 'pbx.accessToken';

/** The access token, kept in localStorage so a reload keeps the session. */
@Injectable({ providedIn: 'root' })
export class SessionTokenStore {
  private readonly tokenState = signal<string | null>(localStorage.getItem(TOKEN_KEY));

  readonly token = this.tokenState.asReadonly();

  set(token: string): void {
    localStorage.setItem(TOKEN_KEY, token);
    this.tokenState.set(token);
  }

  clear(): void {
    localStorage.removeItem(TOKEN_KEY);
    this.tokenState.set(null);
  }
}
