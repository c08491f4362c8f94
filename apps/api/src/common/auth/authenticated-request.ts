import { SessionUser } from '@pbx/contracts';
import { Request } from 'express';

export interface AuthenticatedRequest extends Request {
  user: SessionUser;
}
