// The yardstick of the page benchmark: a bare Express 5 + EJS page rendering 20 rows from one PostgreSQL query,
// compiled template cached, in its own process like the app. Prints "ready <port>" once listening.
// Run: node --import tsx bench/pages/barePage.ts <database url> <port>
import express from 'express';
import pg from 'pg';

const [url, port] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 10 });
const app = express();
app.set('views', import.meta.dirname);
app.set('view engine', 'ejs');
app.set('view cache', true);
app.get('/', async (_req, res) => {
  const { rows } = await pool.query<{ code: string; fullName: string; position: string }>(
    'SELECT code, "fullName", position FROM "Staff" ORDER BY "schoolId", code LIMIT 20',
  );
  res.render('bare', { rows });
});
const server = app.listen(Number(port), '127.0.0.1', () => console.log(`ready ${port}`));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
