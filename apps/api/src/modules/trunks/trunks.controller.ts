import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateTrunkDto, ROUTES, SessionUser, Trunk, UpdateTrunkDto } from '@pbx/contracts';
import { CustomerRead, CustomerWrite } from '../../common/auth/access.decorators';
import { AccountId, CurrentUser } from '../../common/auth/current-user.decorator';
import { TrunksService } from './trunks.service';

@ApiTags('trunks')
@Controller(ROUTES.trunks)
export class TrunksController {
  constructor(private readonly trunks: TrunksService) {}

  @Get()
  @CustomerRead()
  list(@AccountId() accountId: string): Promise<Trunk[]> {
    return this.trunks.list(accountId);
  }

  @Post()
  @CustomerWrite()
  create(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Body() dto: CreateTrunkDto): Promise<Trunk> {
    return this.trunks.create(user, accountId, dto);
  }

  @Get(':id')
  @CustomerRead()
  get(@AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<Trunk> {
    return this.trunks.get(accountId, id);
  }

  @Patch(':id')
  @CustomerWrite()
  update(
    @CurrentUser() user: SessionUser,
    @AccountId() accountId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateTrunkDto,
  ): Promise<Trunk> {
    return this.trunks.update(user, accountId, id, dto);
  }

  @Delete(':id')
  @CustomerWrite()
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.trunks.remove(user, accountId, id);
  }
}
