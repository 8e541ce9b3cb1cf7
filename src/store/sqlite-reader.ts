import {
  SqliteDialect,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  type SqliteDatabase,
  type TransactionSettings,
} from 'kysely';
import { EventLoopTurns } from './event-loop-turns';

/**
 * SQLite with a second connection for reading. Kysely keeps one SQLite
 * connection behind a lock, and a transaction holds that lock until it
 * ends, so while a 20,000-paragraph import writes (seconds), every reader's
 * query waits behind it. In WAL mode a second connection reads the last
 * committed state meanwhile: a SELECT outside a transaction goes there;
 * everything else (writes, RETURNING, raw SQL, and every query of a
 * transaction, which must see its own writes) goes to the writing connection.
 * So does a SELECT while the writing connection is inside a transaction begun
 * in raw SQL (`begin immediate` around migrations): it must see that
 * transaction's work, as it did when there was one connection.
 */
export class SqliteDialectWithReader extends SqliteDialect {
  readonly #reader: SqliteDialect;

  readonly #writerInTransaction: () => boolean;

  readonly #turns: EventLoopTurns;

  /**
   * `writerInTransaction` tells whether the writing connection has a transaction open (better-sqlite3's `inTransaction`);
   * `turns` lets the event loop turn before a statement when the queries before it held the loop long enough.
   */
  constructor(writer: SqliteDatabase, reader: SqliteDatabase, writerInTransaction: () => boolean, turns = new EventLoopTurns()) {
    super({ database: writer });
    this.#reader = new SqliteDialect({ database: reader });
    this.#writerInTransaction = writerInTransaction;
    this.#turns = turns;
  }

  override createDriver(): Driver {
    return new RoutingDriver(super.createDriver(), this.#reader.createDriver(), this.#writerInTransaction, this.#turns);
  }
}

const isPlainSelect = (query: CompiledQuery) => query.query.kind === 'SelectQueryNode';

class RoutingDriver implements Driver {
  /** Whether a Kysely transaction holds the writing connection (it holds Kysely's lock while it does). */
  private kyselyTransaction = false;

  constructor(
    private readonly writer: Driver,
    private readonly reader: Driver,
    private readonly writerInTransaction: () => boolean,
    readonly turns: EventLoopTurns,
  ) {}

  /** Where a query outside a Kysely transaction runs. */
  driverFor(query: CompiledQuery): Driver {
    const rawTransaction = this.writerInTransaction() && !this.kyselyTransaction;
    return isPlainSelect(query) && !rawTransaction ? this.reader : this.writer;
  }

  async init(): Promise<void> {
    await this.writer.init();
    await this.reader.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutingConnection(this);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const routing = connection as RoutingConnection;
    routing.inTransaction = await this.writer.acquireConnection();
    this.kyselyTransaction = true;
    await this.writer.beginTransaction(routing.inTransaction, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.writer.commitTransaction(held(connection));
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.writer.rollbackTransaction(held(connection));
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.writer.savepoint!(held(connection), name, compile);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.writer.rollbackToSavepoint!(held(connection), name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.writer.releaseSavepoint!(held(connection), name, compile);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const routing = connection as RoutingConnection;
    if (!routing.inTransaction) return;
    const inner = routing.inTransaction;
    routing.inTransaction = undefined;
    this.kyselyTransaction = false;
    await this.writer.releaseConnection(inner);
  }

  async destroy(): Promise<void> {
    await this.reader.destroy();
    await this.writer.destroy();
  }
}

function held(connection: DatabaseConnection): DatabaseConnection {
  const inner = (connection as RoutingConnection).inTransaction;
  if (!inner) throw new Error('No transaction is open on this connection.');
  return inner;
}

/** Takes a connection per query, unless a transaction holds the writing one. */
class RoutingConnection implements DatabaseConnection {
  /** The writing connection, while a transaction runs on it. */
  inTransaction: DatabaseConnection | undefined;

  constructor(private readonly router: RoutingDriver) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.inTransaction) {
      await this.turnIfLong();
      return this.inTransaction.executeQuery<R>(query);
    }
    const driver = this.router.driverFor(query);
    let connection = await driver.acquireConnection();
    // Checked once the connection is held (a query that waited for it comes back on a later turn of
    // the loop), and the connection given back for the turn, so that nobody waits a turn for it.
    const turn = this.router.turns.turnIfLong();
    if (turn) {
      await driver.releaseConnection(connection);
      await turn;
      connection = await driver.acquireConnection();
    }
    try {
      return await connection.executeQuery<R>(query);
    } finally {
      await driver.releaseConnection(connection);
    }
  }

  private async turnIfLong(): Promise<void> {
    await this.router.turns.turnIfLong();
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    if (this.inTransaction) {
      yield* this.inTransaction.streamQuery<R>(query, chunkSize);
      return;
    }
    const driver = this.router.driverFor(query);
    const connection = await driver.acquireConnection();
    try {
      yield* connection.streamQuery<R>(query, chunkSize);
    } finally {
      await driver.releaseConnection(connection);
    }
  }
}
