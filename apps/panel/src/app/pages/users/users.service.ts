import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateUserDto, ROUTES, UpdateUserDto, User } from '@pbx/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url.util';

/** ACC-1 panel users of the logged-in account (customer-admin only). */
@Injectable({ providedIn: 'root' })
export class UsersService {
  private readonly http = inject(HttpClient);

  list(): Observable<User[]> {
    return this.http.get<User[]>(apiUrl(ROUTES.users));
  }

  create(dto: CreateUserDto): Observable<User> {
    return this.http.post<User>(apiUrl(ROUTES.users), dto);
  }

  update(id: string, dto: UpdateUserDto): Observable<User> {
    return this.http.patch<User>(apiUrl(ROUTES.users, id), dto);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(apiUrl(ROUTES.users, id));
  }
}
