import type { DataSource } from 'typeorm';
import type { Logger } from '../app/logger';
import type { Services } from '../app/services';

export async function loadDemoContent(
  _services: Services,
  _ds: DataSource,
  _logger: Logger,
): Promise<boolean> {
  return false;
}
