/**
 * Writes `count` group-visible annotations (spread over every paragraph, a third with a reply) straight into a
 * running server's SQLite file, with anchors that match their blocks exactly as the service would store them:
 * creating 10,000 through the API would measure the write path, which bench/write.ts does, not the page.
 */
import { seedAnnotationsInto } from '../../tests/support/seed-annotations';
import { openDb, type World } from './world';

export function seedAnnotations(world: World, groupId: string, count: number): void {
  const db = openDb(world.server);
  try {
    seedAnnotationsInto(db, { textSlug: world.textId, groupId, userIds: world.userIds, count });
  } finally {
    db.close();
  }
}
