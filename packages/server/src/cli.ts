import 'reflect-metadata';
import { Command } from 'commander';
import { printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { prepareDatabase } from './app/bootstrap';
import { loadConfig } from './app/config';
import { createLogger } from './app/logger';
import { createSchema, SCHEMA_FILE } from './app/schema';
import { generateMigration } from './db/generate-migration';
import { createDatabase } from './db/data-source';
import { runMigrations, underStartupLock } from './db/migrate';
import { loadDemoContent } from './seed/demo-loader';
import { ENTITIES } from './app/modules';
import { checkDocuments } from './modules/persisted-query';
import { ImportKind, readSourceFiles, runImport } from './modules/import';
import { systemActor, UserRole } from './common/principal';
import { backupEmbedded, embeddedPaths, postgresRefusal, restoreEmbedded } from './ops/embedded-backup';

const program = new Command('obmen').description('Obmen operator commands');

program
  .command('migrate')
  .description('apply pending migrations (DATABASE_URL, or the embedded data folder)')
  .action(async () => {
    const config = loadConfig();
    const logger = createLogger(config.logLevel);
    const database = createDatabase(config.database, logger);
    await database.open();
    try {
      // Under the same lock as a starting server, so running both at once is safe.
      const applied = await underStartupLock(
        database.dataSource,
        config.database.kind === 'pglite',
        (runner) => runMigrations(database.dataSource, runner),
      );
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date');
    } finally {
      await database.close();
    }
  });

program
  .command('seed')
  .description('load the demo content into an empty database')
  .action(async () => {
    const config = { ...loadConfig(), demo: false };
    const logger = createLogger(config.logLevel);
    const { database, services } = await prepareDatabase(config, logger);
    try {
      const loaded = await loadDemoContent(services, database.dataSource, logger);
      console.log(loaded ? 'Demo content loaded' : 'The database already has content: nothing loaded');
    } finally {
      await database.close();
    }
  });

program
  .command('persisted-queries:register')
  .description(
    "register a partner's operations as trusted documents: a .graphql file (one document) or a JSON " +
      "manifest (an array of texts, or Apollo's persisted query manifest with operations[].body)",
  )
  .argument('<file>')
  .action(async (file: string) => {
    const documents = readDocuments(file);
    const config = { ...loadConfig(), demo: false };
    const logger = createLogger(config.logLevel);
    const { database, services } = await prepareDatabase(config, logger);
    try {
      checkDocuments(await createSchema(), documents);
      const hashes = await services.persistedQueries.trust(documents);
      for (const hash of hashes) console.log(hash);
      console.log(`${hashes.length} trusted document(s) registered`);
    } finally {
      await database.close();
    }
  });

program
  .command('import')
  .description('import FLGR practice pages (flgr), ИСУН/UMIS project pages (isun) or spreadsheets (csv)')
  .argument('<kind>', 'flgr, isun or csv')
  .argument('<files...>', 'files, or folders of them')
  .option('--dry-run', 'show what would be created, updated, left alone or refused; write nothing')
  .option('--publish', 'publish new records at once (default: drafts)')
  .option('--lang <lang>', "the pages' language when their headings do not say: bg or en")
  .action(
    async (
      kindName: string,
      paths: string[],
      options: { dryRun?: boolean; publish?: boolean; lang?: string },
    ) => {
      const kind = (Object.values(ImportKind) as string[]).find((k) => k === kindName.toUpperCase()) as
        ImportKind | undefined;
      if (!kind) throw new Error(`Unknown kind ${kindName}: flgr, isun or csv`);
      if (options.lang && !['bg', 'en'].includes(options.lang)) throw new Error('--lang is bg or en');
      const files = readSourceFiles(kind, paths);
      if (!files.length) throw new Error('No files to import');
      const config = { ...loadConfig(), demo: false };
      const logger = createLogger(config.logLevel);
      const { database, services } = await prepareDatabase(config, logger);
      try {
        const { report, refused } = await runImport(
          services.imports,
          kind,
          files,
          { dryRun: options.dryRun, publish: options.publish, lang: options.lang as 'bg' | 'en' | undefined },
          systemActor('import'),
        );
        for (const line of report) console.log(line);
        if (refused) process.exitCode = 2;
      } finally {
        await database.close();
      }
    },
  );

program
  .command('create-admin')
  .description('create an admin account (or add the admin role to an existing one)')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>', 'shown in the audit log', 'Administrator')
  .option('--password <password>', 'at least 12 characters; read from OBMEN_ADMIN_PASSWORD when omitted')
  .action(async (options: { email: string; name: string; password?: string }) => {
    const password = options.password ?? process.env.OBMEN_ADMIN_PASSWORD;
    if (!password) throw new Error('Give --password or set OBMEN_ADMIN_PASSWORD');
    const config = { ...loadConfig(), demo: false };
    const logger = createLogger(config.logLevel);
    const { database, services } = await prepareDatabase(config, logger);
    try {
      const user = await services.auth.ensureUser({
        email: options.email,
        name: options.name,
        password,
        roles: [UserRole.ADMIN],
      });
      if (!user.roles.includes(UserRole.ADMIN)) {
        await services.access.updateUser(
          { id: user.id, version: user.version, roles: [...user.roles, UserRole.ADMIN] },
          systemActor('cli'),
        );
      }
      console.log(`Admin ready: ${user.email}`);
    } finally {
      await database.close();
    }
  });

program
  .command('backup')
  .description(
    'the embedded database and its documents into a .tar.gz (a running server takes it itself); PostgreSQL: pg_dump',
  )
  .argument('<file>', 'the archive to write, e.g. obmen-2026-12-04.tar.gz')
  .action(async (file: string) => {
    const config = loadConfig();
    if (config.database.kind !== 'pglite' || !config.database.dataDir) throw postgresRefusal();
    const manifest = await backupEmbedded(
      embeddedPaths(config.database.dataDir, process.env),
      file,
      createLogger(config.logLevel),
    );
    console.log(`Backed up the database and ${manifest.attachments} document file(s) to ${file}`);
  });

program
  .command('restore')
  .description(
    'an `obmen backup` archive into the (empty) embedded data folder, the server stopped; PostgreSQL: pg_restore',
  )
  .argument('<file>', 'an archive written by obmen backup')
  .option('--force', 'replace what the data and documents folders hold')
  .action(async (file: string, options: { force?: boolean }) => {
    const config = loadConfig();
    if (config.database.kind !== 'pglite' || !config.database.dataDir) throw postgresRefusal();
    const paths = embeddedPaths(config.database.dataDir, process.env);
    const manifest = await restoreEmbedded(paths, file, options, createLogger(config.logLevel));
    console.log(
      `Restored the backup of ${manifest.createdAt} (${manifest.attachments} document file(s)) into ${paths.dataDir}`,
    );
  });

program
  .command('schema')
  .description('write the GraphQL schema to packages/server/schema.graphql')
  .action(async () => {
    writeFileSync(SCHEMA_FILE, printSchema(await createSchema()) + '\n');
    console.log(`Wrote ${SCHEMA_FILE}`);
  });

program
  .command('migration:generate')
  .argument('<name>', 'what the migration does, e.g. AddPracticeSummary')
  .description('write a migration for the difference between the entities and the migrations')
  .action(async (name: string) => {
    const file = await generateMigration(name, createLogger('warn'), ENTITIES);
    console.log(file ? `Wrote ${file} — review it and list it in src/db/migrations/index.ts` : 'No changes');
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/** The documents of a file: one .graphql document, or a JSON array of texts or Apollo's manifest. */
function readDocuments(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.json')) return [text];
  const manifest = JSON.parse(text) as unknown;
  if (Array.isArray(manifest)) return manifest.map(String);
  const operations = (manifest as { operations?: { body?: unknown }[] }).operations;
  if (!Array.isArray(operations)) throw new Error(`${file}: expected an array or operations[].body`);
  return operations.map((operation) => String(operation.body));
}
