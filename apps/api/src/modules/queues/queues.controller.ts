import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateQueueDto, Queue, QueueMonitorSnapshot, ROUTES, SessionUser, SetQueueMembersDto, UpdateQueueDto } from '@pbx/contracts';
import { CustomerRead, CustomerWrite } from '../../common/auth/access.decorators';
import { AccountId, CurrentUser } from '../../common/auth/current-user.decorator';
import { QueuesService } from './queues.service';

/** Waiting queues and CC campaigns (QUE-1, CC-1, CC-4). */
@ApiTags('queues')
@Controller(ROUTES.queues)
export class QueuesController {
  constructor(private readonly queues: QueuesService) {}

  @Get()
  @CustomerRead()
  list(@AccountId() accountId: string): Promise<Queue[]> {
    return this.queues.list(accountId);
  }

  @Post()
  @CustomerWrite()
  create(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Body() dto: CreateQueueDto): Promise<Queue> {
    return this.queues.create(user, accountId, dto);
  }

  @Get(':id')
  @CustomerRead()
  get(@AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<Queue> {
    return this.queues.get(accountId, id);
  }

  /** CC-6; then live over the socket as `queue.monitor`. */
  @Get(':id/monitor')
  @CustomerRead()
  monitor(@AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<QueueMonitorSnapshot> {
    return this.queues.monitor(accountId, id);
  }

  @Patch(':id')
  @CustomerWrite()
  update(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateQueueDto): Promise<Queue> {
    return this.queues.update(user, accountId, id, dto);
  }

  @Put(':id/members')
  @CustomerWrite()
  setMembers(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SetQueueMembersDto): Promise<Queue> {
    return this.queues.setMembers(user, accountId, id, dto);
  }

  @Delete(':id')
  @CustomerWrite()
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.queues.remove(user, accountId, id);
  }
}
