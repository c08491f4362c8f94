import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Agent, CreateAgentDto, ROUTES, UpdateAgentDto } from '@pbx/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url.util';

/** CC-2, DIA-1 agents (consultants) of the logged-in account. */
@Injectable({ providedIn: 'root' })
export class AgentsService {
  private readonly http = inject(HttpClient);

  list(): Observable<Agent[]> {
    return this.http.get<Agent[]>(apiUrl(ROUTES.agents));
  }

  create(dto: CreateAgentDto): Observable<Agent> {
    return this.http.post<Agent>(apiUrl(ROUTES.agents), dto);
  }

  update(id: string, dto: UpdateAgentDto): Observable<Agent> {
    return this.http.patch<Agent>(apiUrl(ROUTES.agents, id), dto);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(apiUrl(ROUTES.agents, id));
  }
}
