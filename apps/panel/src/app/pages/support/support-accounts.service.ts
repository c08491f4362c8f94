import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Account, AccountServiceState, ActivateServiceDto, AuditLogEntry, CreateAccountDto, Recording, ROUTES, ServiceKind } from '@pbx/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url.util';

/** The operator's view of all accounts (ACC-1 support role). */
@Injectable({ providedIn: 'root' })
export class SupportAccountsService {
  private readonly http = inject(HttpClient);

  list(): Observable<Account[]> {
    return this.http.get<Account[]>(apiUrl(ROUTES.accounts));
  }

  create(dto: CreateAccountDto): Observable<Account> {
    return this.http.post<Account>(apiUrl(ROUTES.accounts), dto);
  }

  get(id: string): Observable<Account> {
    return this.http.get<Account>(apiUrl(ROUTES.accounts, id));
  }

  services(id: string): Observable<AccountServiceState[]> {
    return this.http.get<AccountServiceState[]>(apiUrl(ROUTES.accounts, id, ROUTES.services));
  }

  activate(id: string, kind: ServiceKind, options?: ActivateServiceDto): Observable<unknown> {
    return this.http.post<unknown>(apiUrl(ROUTES.accounts, id, ROUTES.services, kind, 'activate'), options ?? {});
  }

  deactivate(id: string, kind: ServiceKind): Observable<unknown> {
    return this.http.post<unknown>(apiUrl(ROUTES.accounts, id, ROUTES.services, kind, 'deactivate'), {});
  }

  auditLog(id: string): Observable<AuditLogEntry[]> {
    return this.http.get<AuditLogEntry[]>(apiUrl(ROUTES.accounts, id, ROUTES.auditLog));
  }

  /** REC-3: the account's recordings that failed, newest first (up to 200). */
  failedRecordings(id: string): Observable<Recording[]> {
    return this.http.get<Recording[]>(apiUrl(ROUTES.accounts, id, ROUTES.recordings, 'failed'));
  }
}
