import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CallRecord, ListCallsQueryDto, Page, ROUTES } from '@pbx/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url.util';

/** The account's call records (CDRs), one per leg, newest first. */
@Injectable({ providedIn: 'root' })
export class CallsService {
  private readonly http = inject(HttpClient);

  list(query: ListCallsQueryDto): Observable<Page<CallRecord>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query) as Array<[string, string | number | undefined]>) {
      if (value !== undefined && value !== '') {
        params = params.set(key, String(value));
      }
    }
    return this.http.get<Page<CallRecord>>(apiUrl(ROUTES.calls), { params });
  }
}
