import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { AssignNumberDto, ClaimNumberDto, NumberingZone, PhoneNumber, ROUTES } from '@pbx/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url.util';

/** ACC-3 public numbers: the operator's pool by zone and the account's own numbers. */
@Injectable({ providedIn: 'root' })
export class NumbersService {
  private readonly http = inject(HttpClient);

  zones(): Observable<NumberingZone[]> {
    return this.http.get<NumberingZone[]>(apiUrl(ROUTES.numbers, 'zones'));
  }

  /** Six free numbers of the zone to pick from. */
  offer(areaCode: string, golden: boolean): Observable<PhoneNumber[]> {
    const params = new HttpParams().set('areaCode', areaCode).set('golden', String(golden));
    return this.http.get<PhoneNumber[]>(apiUrl(ROUTES.numbers, 'offer'), { params });
  }

  claim(dto: ClaimNumberDto): Observable<PhoneNumber> {
    return this.http.post<PhoneNumber>(apiUrl(ROUTES.numbers, 'claim'), dto);
  }

  list(): Observable<PhoneNumber[]> {
    return this.http.get<PhoneNumber[]>(apiUrl(ROUTES.numbers));
  }

  assign(id: string, dto: AssignNumberDto): Observable<PhoneNumber> {
    return this.http.put<PhoneNumber>(apiUrl(ROUTES.numbers, id, 'target'), dto);
  }

  unassign(id: string): Observable<PhoneNumber> {
    return this.http.delete<PhoneNumber>(apiUrl(ROUTES.numbers, id, 'target'));
  }

  release(id: string): Observable<PhoneNumber> {
    return this.http.post<PhoneNumber>(apiUrl(ROUTES.numbers, id, 'release'), {});
  }
}
