import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreatePhoneAccountDto, PhoneAccount, ROUTES, SipCredentials, UpdatePhoneAccountDto } from '@pbx/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url.util';

/** ACC-3 phone accounts (SIP logins) of the logged-in account. */
@Injectable({ providedIn: 'root' })
export class PhoneAccountsService {
  private readonly http = inject(HttpClient);

  list(): Observable<PhoneAccount[]> {
    return this.http.get<PhoneAccount[]>(apiUrl(ROUTES.phoneAccounts));
  }

  create(dto: CreatePhoneAccountDto): Observable<PhoneAccount> {
    return this.http.post<PhoneAccount>(apiUrl(ROUTES.phoneAccounts), dto);
  }

  update(id: string, dto: UpdatePhoneAccountDto): Observable<PhoneAccount> {
    return this.http.patch<PhoneAccount>(apiUrl(ROUTES.phoneAccounts, id), dto);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(apiUrl(ROUTES.phoneAccounts, id));
  }

  sipCredentials(id: string): Observable<SipCredentials> {
    return this.http.get<SipCredentials>(apiUrl(ROUTES.phoneAccounts, id, 'sip-credentials'));
  }
}
