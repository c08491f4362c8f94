import { Body, Controller, Get, HttpCode, HttpStatus, Ip, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AccessToken, ChangePasswordDto, LoginDto, ROUTES, SessionUser } from '@pbx/contracts';
import { AnyUser, Public } from '../../common/auth/access.decorators';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { AccountsService } from '../accounts/accounts.service';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller(ROUTES.auth)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<AccessToken> {
    return this.auth.login(dto, ip);
  }

  @Get('me')
  @AnyUser()
  async me(@CurrentUser() user: SessionUser): Promise<SessionUser & { accountName: string | null }> {
    const account = user.accountId ? await this.accounts.get(user.accountId) : null;
    return { ...user, accountName: account?.name ?? null };
  }

  @Post('password')
  @AnyUser()
  @HttpCode(HttpStatus.NO_CONTENT)
  changePassword(@CurrentUser() user: SessionUser, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(user, dto);
  }
}
