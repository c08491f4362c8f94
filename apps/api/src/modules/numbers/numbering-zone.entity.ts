import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A geographic numbering zone of the operator (ACC-3); platform data, not tenant-owned. */
@Entity('numbering_zones')
export class NumberingZoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'area_code', unique: true })
  areaCode!: string;

  @Column()
  name!: string;
}
