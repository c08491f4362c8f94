import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateTrunkDto, ROUTES, Trunk, UpdateTrunkDto } from '@pbx/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url.util';

/** ACC-3 SIP trunks of the logged-in account. */
@Injectable({ providedIn: 'root' })
export class TrunksService {
  private readonly http = inject(HttpClient);

  list(): Observable<Trunk[]> {
    return this.http.get<Trunk[]>(apiUrl(ROUTES.trunks));
  }

  create(dto: CreateTrunkDto): Observable<Trunk> {
    return this.http.post<Trunk>(apiUrl(ROUTES.trunks), dto);
  }

  update(id: string, dto: UpdateTrunkDto): Observable<Trunk> {
    return this.http.patch<Trunk>(apiUrl(ROUTES.trunks, id), dto);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(apiUrl(ROUTES.trunks, id));
  }
}
