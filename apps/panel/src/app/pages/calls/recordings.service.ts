import { HttpClient } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import { Recording, RecordingLink, ROUTES } from '@pbx/contracts';
import { Observable, tap } from 'rxjs';
import { apiUrl } from '../../core/http/api-url.util';

/** REC-6: listening to, downloading and deleting the account's recordings. */
@Injectable({ providedIn: 'root' })
export class RecordingsService {
  private readonly http = inject(HttpClient);
  private readonly removedIds = signal<ReadonlySet<string>>(new Set());

  /**
   * Recordings deleted in this session. Both legs of a call share a recording, and the call
   * list and a call list's view may show it: every row drops its Play at once.
   */
  readonly removed = this.removedIds.asReadonly();

  get(id: string): Observable<Recording> {
    return this.http.get<Recording>(apiUrl(ROUTES.recordings, id));
  }

  /**
   * A signed link to the audio, valid for 15 minutes: ask for a fresh one each time the user
   * plays or downloads. Its URLs need no token, so `<audio src>` and `a[href]` can use them.
   */
  link(id: string): Observable<RecordingLink> {
    return this.http.get<RecordingLink>(apiUrl(ROUTES.recordings, id, 'link'));
  }

  remove(id: string): Observable<void> {
    return this.http
      .delete<void>(apiUrl(ROUTES.recordings, id))
      .pipe(tap(() => this.removedIds.update((ids) => new Set([...ids, id]))));
  }
}
