import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AddNumberBlockDto, ROUTES, SessionUser } from '@pbx/contracts';
import { SupportOnly } from '../../common/auth/access.decorators';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { NumbersService } from './numbers.service';

/** The operator's own pool of numbers, fed by support. */
@ApiTags('support')
@Controller(ROUTES.numberPool)
@SupportOnly()
export class NumberPoolController {
  constructor(private readonly numbers: NumbersService) {}

  @Post()
  addBlock(@CurrentUser() user: SessionUser, @Body() dto: AddNumberBlockDto): Promise<{ added: number }> {
    return this.numbers.addBlock(user, dto);
  }
}
