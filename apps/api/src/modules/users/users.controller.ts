import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateUserDto, ROUTES, SessionUser, UpdateUserDto, User } from '@pbx/contracts';
import { CustomerWrite } from '../../common/auth/access.decorators';
import { AccountId, CurrentUser } from '../../common/auth/current-user.decorator';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller(ROUTES.users)
@CustomerWrite()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@AccountId() accountId: string): Promise<User[]> {
    return this.users.list(accountId);
  }

  @Post()
  create(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Body() dto: CreateUserDto): Promise<User> {
    return this.users.create(user, accountId, dto);
  }

  @Patch(':id')
  update(
    @CurrentUser() user: SessionUser,
    @AccountId() accountId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<User> {
    return this.users.update(user, accountId, id, dto);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.users.remove(user, accountId, id);
  }
}
