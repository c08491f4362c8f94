import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

/** CC-4 inbound settings; absent fields keep their current (or default) value. Seconds throughout. */
export class QueueSettingsDto {
  @IsOptional() @IsInt() @Min(0) @Max(86400) maxWaitSeconds?: number;
  @IsOptional() @IsInt() @Min(0) @Max(10000) maxCallersWaiting?: number;
  @IsOptional() @IsInt() @Min(1) @Max(3600) slaSeconds?: number;
  @IsOptional() @IsBoolean() sendWhenNoAgentLoggedIn?: boolean;
  @IsOptional() @IsBoolean() dropWhenNoAgentAvailable?: boolean;
  @IsOptional() @IsIn(['random', 'ring-all', 'least-recent', 'fewest-calls']) strategy?: 'random' | 'ring-all' | 'least-recent' | 'fewest-calls';
  @IsOptional() @IsBoolean() ringBusyAgents?: boolean;
  @IsOptional() @IsInt() @Min(5) @Max(300) agentRingSeconds?: number;
  @IsOptional() @IsInt() @Min(0) @Max(300) pauseBetweenAgentsSeconds?: number;
  @IsOptional() @IsInt() @Min(0) @Max(3600) afterCallWorkSeconds?: number;
  @IsOptional() @IsInt() @Min(0) @Max(60) delayAfterAnswerSeconds?: number;
  @IsOptional() @IsBoolean() announceAverageWait?: boolean;
  @IsOptional() @IsIn([5, 10, 15, 30, 60]) averageWaitRoundingSeconds?: 5 | 10 | 15 | 30 | 60;
  @IsOptional() @IsBoolean() announcePosition?: boolean;
  @IsOptional() @IsInt() @Min(0) @Max(1000) positionAnnouncementLimit?: number;
  @IsOptional() @IsInt() @Min(10) @Max(3600) announcementEverySeconds?: number;
  @IsOptional() @IsInt() @Min(0) @Max(3600) campaignMessageEverySeconds?: number;
}
