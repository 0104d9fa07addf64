package sqlite

import (
	"context"
	"database/sql"
	"sync"
)

// txn is a write transaction that runs its statements through the DB's
// cache of prepared statements: preparing costs about a fifth of a save in
// the WebAssembly SQLite, and an ingest runs the same few dozen statements
// for every article.
type txn struct {
	*sql.Tx
	d *DB
}

// stmtCache holds prepared statements by query text.
type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

func (d *DB) begin(ctx context.Context) (*txn, error) {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &txn{Tx: tx, d: d}, nil
}

// stmt returns the transaction's handle of the cached statement for q.
func (t *txn) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	c := &t.d.stmts
	c.mu.Lock()
	s, ok := c.m[q]
	if !ok {
		var err error
		if s, err = t.d.db.PrepareContext(ctx, q); err != nil {
			c.mu.Unlock()
			return nil, err
		}
		if c.m == nil {
			c.m = map[string]*sql.Stmt{}
		}
		c.m[q] = s
	}
	c.mu.Unlock()
	return t.Tx.StmtContext(ctx, s), nil
}

// ExecContext runs q as a cached prepared statement.
func (t *txn) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	s, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// QueryContext runs q as a cached prepared statement.
func (t *txn) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	s, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

// QueryRowContext runs q as a cached prepared statement.
func (t *txn) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	s, err := t.stmt(ctx, q)
	if err != nil {
		return t.Tx.QueryRowContext(ctx, q, args...) // reports the same error
	}
	return s.QueryRowContext(ctx, args...)
}

// closeStmts closes the cached statements.
func (d *DB) closeStmts() {
	d.stmts.mu.Lock()
	defer d.stmts.mu.Unlock()
	for _, s := range d.stmts.m {
		s.Close()
	}
	d.stmts.m = nil
}
