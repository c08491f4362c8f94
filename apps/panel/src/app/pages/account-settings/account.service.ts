import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Account, AuditLogEntry, ROUTES, UpdateAccountDto } from '@pbx/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url.util';

/** The logged-in user's own account and its audit log. */
@Injectable({ providedIn: 'root' })
export class AccountService {
  private readonly http = inject(HttpClient);

  get(): Observable<Account> {
    return this.http.get<Account>(apiUrl(ROUTES.account));
  }

  update(dto: UpdateAccountDto): Observable<Account> {
    return this.http.patch<Account>(apiUrl(ROUTES.account), dto);
  }

  auditLog(): Observable<AuditLogEntry[]> {
    return this.http.get<AuditLogEntry[]>(apiUrl(ROUTES.auditLog));
  }
}
