import { EntityManager } from 'typeorm';

/**
 * A demo pool in every zone (ACC-3): twenty ordinary numbers and two golden ones,
 * e.g. 48 22 300 00 00..19 and 48 22 777 77 77, 48 22 500 00 00 for Warsaw.
 */
export async function seedDemoNumberPool(db: Pick<EntityManager, 'query'>): Promise<void> {
  await db.query(`
    INSERT INTO phone_numbers (number, zone_id, golden)
    SELECT '48' || z.area_code || '30000' || lpad(n::text, 2, '0'), z.id, false
    FROM numbering_zones z CROSS JOIN generate_series(0, 19) AS n
    UNION ALL
    SELECT '48' || z.area_code || golden.suffix, z.id, true
    FROM numbering_zones z CROSS JOIN (VALUES ('7777777'), ('5000000')) AS golden(suffix)
    ON CONFLICT (number) DO NOTHING`);
}
