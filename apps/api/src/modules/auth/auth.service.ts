import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { AccessToken, ChangePasswordDto, LoginDto, SessionUser } from '@pbx/contracts';
import { Repository } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { LoginAttemptLimiter } from './login-attempt-limiter.service';
import { PasswordHasher } from '../../common/crypto/password-hasher.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginAttemptLimiter,
    private readonly jwt: JwtService,
  ) {}

  async login(dto: LoginDto, ip: string): Promise<AccessToken> {
    const email = dto.email.trim().toLowerCase();
    await this.limiter.assertAllowed(email, ip);
    const user = await this.users.findOne({ where: { email } });
    const valid = await this.hasher.verify(user?.passwordHash, dto.password);
    if (!user || !valid) {
      await this.limiter.recordFailure(email, ip);
      throw new UnauthorizedException('Wrong email or password');
    }
    await this.limiter.recordSuccess(email);
    const payload = { sub: user.id, email: user.email, role: user.role, accountId: user.accountId };
    return { accessToken: await this.jwt.signAsync(payload) };
  }

  async changePassword(session: SessionUser, dto: ChangePasswordDto): Promise<void> {
    const user = await this.users.findOneOrFail({ where: { id: session.userId } });
    if (!(await this.hasher.verify(user.passwordHash, dto.currentPassword))) {
      throw new BadRequestException('currentPassword is not your current password');
    }
    await this.users.update({ id: user.id }, { passwordHash: await this.hasher.hash(dto.newPassword) });
  }
}
