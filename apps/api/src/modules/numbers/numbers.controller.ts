import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AssignNumberDto, ClaimNumberDto, NumberingZone, PhoneNumber, ROUTES, SessionUser } from '@pbx/contracts';
import { CustomerRead, CustomerWrite } from '../../common/auth/access.decorators';
import { AccountId, CurrentUser } from '../../common/auth/current-user.decorator';
import { NumbersService } from './numbers.service';
import { OfferQueryDto } from './offer-query.dto';

@ApiTags('numbers')
@Controller(ROUTES.numbers)
export class NumbersController {
  constructor(private readonly numbers: NumbersService) {}

  @Get('zones')
  @CustomerRead()
  zones(): Promise<NumberingZone[]> {
    return this.numbers.listZones();
  }

  @Get('offer')
  @CustomerRead()
  offer(@Query() query: OfferQueryDto): Promise<PhoneNumber[]> {
    return this.numbers.offer(query.areaCode, query.golden ?? false);
  }

  @Post('claim')
  @CustomerWrite()
  claim(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Body() dto: ClaimNumberDto): Promise<PhoneNumber> {
    return this.numbers.claim(user, accountId, dto.number);
  }

  @Get()
  @CustomerRead()
  list(@AccountId() accountId: string): Promise<PhoneNumber[]> {
    return this.numbers.list(accountId);
  }

  @Get(':id')
  @CustomerRead()
  get(@AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<PhoneNumber> {
    return this.numbers.get(accountId, id);
  }

  @Put(':id/target')
  @CustomerWrite()
  assign(
    @CurrentUser() user: SessionUser,
    @AccountId() accountId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AssignNumberDto,
  ): Promise<PhoneNumber> {
    return this.numbers.assign(user, accountId, id, dto);
  }

  @Delete(':id/target')
  @CustomerWrite()
  unassign(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<PhoneNumber> {
    return this.numbers.unassign(user, accountId, id);
  }

  @Post(':id/release')
  @CustomerWrite()
  @HttpCode(HttpStatus.OK)
  release(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<PhoneNumber> {
    return this.numbers.release(user, accountId, id);
  }
}
