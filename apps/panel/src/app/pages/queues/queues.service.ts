import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateQueueDto, Queue, QueueMonitorSnapshot, ROUTES, SetQueueMembersDto, UpdateQueueDto } from '@pbx/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../../core/http/api-url.util';

/** QUE-1 waiting queues and CC-1 campaigns: one resource, told apart by `kind`. */
@Injectable({ providedIn: 'root' })
export class QueuesService {
  private readonly http = inject(HttpClient);

  list(): Observable<Queue[]> {
    return this.http.get<Queue[]>(apiUrl(ROUTES.queues));
  }

  get(id: string): Observable<Queue> {
    return this.http.get<Queue>(apiUrl(ROUTES.queues, id));
  }

  create(dto: CreateQueueDto): Observable<Queue> {
    return this.http.post<Queue>(apiUrl(ROUTES.queues), dto);
  }

  update(id: string, dto: UpdateQueueDto): Observable<Queue> {
    return this.http.patch<Queue>(apiUrl(ROUTES.queues, id), dto);
  }

  setMembers(id: string, dto: SetQueueMembersDto): Observable<Queue> {
    return this.http.put<Queue>(apiUrl(ROUTES.queues, id, 'members'), dto);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(apiUrl(ROUTES.queues, id));
  }

  monitor(id: string): Observable<QueueMonitorSnapshot> {
    return this.http.get<QueueMonitorSnapshot>(apiUrl(ROUTES.queues, id, 'monitor'));
  }
}
