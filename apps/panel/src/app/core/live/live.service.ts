import { DestroyRef, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { LIVE_NAMESPACE } from '@pbx/contracts';
import { defer, filter, finalize, map, Observable, share, Subject } from 'rxjs';
import { io, Socket } from 'socket.io-client';
import { SessionTokenStore } from '../auth/session-token.store';

interface LiveMessage {
  event: string;
  payload: unknown;
}

/** Connection state of the live socket, for pages that show it. */
export type LiveState = 'idle' | 'connecting' | 'connected' | 'reconnecting';

/**
 * The live gateway (socket.io namespace `/live`): one socket per login session, opened when
 * the first page listens, authenticated with the session's access token, reconnecting on its
 * own and closed when the token goes (logout, expired session) or changes (another login).
 */
@Injectable({ providedIn: 'root' })
export class LiveService {
  private readonly tokens = inject(SessionTokenStore);
  private readonly messages = new Subject<LiveMessage>();
  private readonly reconnectedEvents = new Subject<void>();
  private readonly stateValue = signal<LiveState>('idle');
  private socket: Socket | null = null;
  private socketToken: string | null = null;
  private listeners = 0;

  /** Whether the socket is up; pages may say that their view is not live. */
  readonly state = this.stateValue.asReadonly();

  /**
   * Emits after the socket came back from a break. Events sent meanwhile are lost, so a page
   * re-reads its data once then (instead of polling).
   */
  readonly reconnected: Observable<void> = this.reconnectedEvents.asObservable();

  constructor() {
    effect(() => {
      const token = this.tokens.token();
      untracked(() => {
        if (token === this.socketToken) {
          return;
        }
        this.close();
        // A new login while a page listens: connect as the new user.
        if (token && this.listeners > 0) {
          this.connect();
        }
      });
    });
    inject(DestroyRef).onDestroy(() => this.close());
  }

  /**
   * The payloads of one event (see LIVE_EVENTS). The socket opens with the first subscriber
   * and stays open for the session; it is not closed when a page stops listening.
   */
  on<T>(event: string): Observable<T> {
    return defer(() => {
      this.listeners++;
      this.connect();
      return this.messages.pipe(
        filter((message) => message.event === event),
        map((message) => message.payload as T),
        finalize(() => this.listeners--),
      );
    }).pipe(share());
  }

  private connect(): void {
    const token = this.tokens.token();
    if (this.socket || !token) {
      return;
    }
    this.socketToken = token;
    this.stateValue.set('connecting');
    const socket = io(LIVE_NAMESPACE, {
      // Same origin: the dev server and the production proxy forward /socket.io to the API.
      // The token is read at every (re)connection, so a refreshed token is used.
      auth: (send) => send({ token: this.tokens.token() ?? '' }),
      reconnectionDelay: 1000,
      reconnectionDelayMax: 10000,
    });
    let wasConnected = false;
    socket.on('connect', () => {
      this.stateValue.set('connected');
      if (wasConnected) {
        this.reconnectedEvents.next();
      }
      wasConnected = true;
    });
    socket.on('disconnect', (reason) => {
      // "io server disconnect": the gateway refused the token; socket.io does not retry that
      // on its own, and retrying with the same token would be refused again.
      this.stateValue.set(reason === 'io server disconnect' ? 'idle' : 'reconnecting');
    });
    socket.onAny((event: string, payload: unknown) => this.messages.next({ event, payload }));
    this.socket = socket;
  }

  private close(): void {
    this.socket?.removeAllListeners();
    this.socket?.offAny();
    this.socket?.disconnect();
    this.socket = null;
    this.socketToken = null;
    this.stateValue.set('idle');
  }
}
