import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Agent, CreateAgentDto, PauseAgentDto, ROUTES, SessionUser, UpdateAgentDto } from '@pbx/contracts';
import { CustomerRead, CustomerWrite } from '../../common/auth/access.decorators';
import { AccountId, CurrentUser } from '../../common/auth/current-user.decorator';
import { AgentsService } from './agents.service';

@ApiTags('agents')
@Controller(ROUTES.agents)
export class AgentsController {
  constructor(private readonly agents: AgentsService) {}

  @Get()
  @CustomerRead()
  list(@CurrentUser() user: SessionUser, @AccountId() accountId: string): Promise<Agent[]> {
    return this.agents.list(user, accountId);
  }

  @Post()
  @CustomerWrite()
  create(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Body() dto: CreateAgentDto): Promise<Agent> {
    return this.agents.create(user, accountId, dto);
  }

  @Get(':id')
  @CustomerRead()
  get(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<Agent> {
    return this.agents.get(user, accountId, id);
  }

  @Patch(':id')
  @CustomerWrite()
  update(
    @CurrentUser() user: SessionUser,
    @AccountId() accountId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateAgentDto,
  ): Promise<Agent> {
    return this.agents.update(user, accountId, id, dto);
  }

  @Post(':id/pause')
  @CustomerWrite()
  @HttpCode(HttpStatus.OK)
  pause(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PauseAgentDto): Promise<Agent> {
    return this.agents.setPaused(user, accountId, id, dto.reason);
  }

  @Post(':id/resume')
  @CustomerWrite()
  @HttpCode(HttpStatus.OK)
  resume(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<Agent> {
    return this.agents.setPaused(user, accountId, id, null);
  }

  @Delete(':id')
  @CustomerWrite()
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.agents.remove(user, accountId, id);
  }
}
