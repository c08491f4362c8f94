import { BadRequestException, PipeTransform } from '@nestjs/common';
import { SERVICE_KINDS, ServiceKind } from '@pbx/contracts';

export class ParseServiceKindPipe implements PipeTransform<string, ServiceKind> {
  transform(value: string): ServiceKind {
    if (!SERVICE_KINDS.includes(value as ServiceKind)) {
      throw new BadRequestException(`kind must be one of: ${SERVICE_KINDS.join(', ')}`);
    }
    return value as ServiceKind;
  }
}
