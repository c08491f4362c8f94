import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CallList, CallRecord, CreateCallListDto, Page, ROUTES } from '@pbx/contracts';
import { map, Observable, tap } from 'rxjs';
import { apiUrl } from '../../core/http/api-url.util';
import { attachmentFileName, saveBlob } from './save-file.util';

/** A downloaded call list file and the name the API gave it. */
export interface CallListFile {
  blob: Blob;
  fileName: string;
}

/** REC-6 "Add to queue" and "Call lists to download". */
@Injectable({ providedIn: 'root' })
export class CallListsService {
  private readonly http = inject(HttpClient);

  create(dto: CreateCallListDto): Observable<CallList> {
    return this.http.post<CallList>(apiUrl(ROUTES.callLists), dto);
  }

  list(): Observable<CallList[]> {
    return this.http.get<CallList[]>(apiUrl(ROUTES.callLists));
  }

  get(id: string): Observable<CallList> {
    return this.http.get<CallList>(apiUrl(ROUTES.callLists, id));
  }

  /** The list's calls as they are now (a recording deleted since has no Play). */
  calls(id: string, page: number, pageSize: number): Observable<Page<CallRecord>> {
    const params = new HttpParams().set('page', String(page)).set('pageSize', String(pageSize));
    return this.http.get<Page<CallRecord>>(apiUrl(ROUTES.callLists, id, 'calls'), { params });
  }

  /** The HTML file; it needs the bearer token, so it is fetched here rather than linked. */
  file(list: CallList): Observable<CallListFile> {
    return this.http.get(apiUrl(ROUTES.callLists, list.id, 'file'), { responseType: 'blob', observe: 'response' }).pipe(
      map((response) => ({
        blob: response.body ?? new Blob([], { type: 'text/html' }),
        fileName: attachmentFileName(response.headers.get('content-disposition')) ?? `call-list_${list.from.slice(0, 10)}_${list.to.slice(0, 10)}.html`,
      })),
    );
  }

  /** Fetches the HTML file and hands it to the browser's downloads. */
  download(list: CallList): Observable<CallListFile> {
    return this.file(list).pipe(tap(({ blob, fileName }) => saveBlob(blob, fileName)));
  }
}
