/*
 * PROTOTYPE, not part of the site, its build or its tests (see README.md beside it): a byte-level
 * CSV cell scanner, to measure what reading observations.csv below JavaScript would cost. Each
 * record's cells are found byte by byte; a cell of an interned column is looked up by its bytes in
 * that column's open-addressed table and becomes a code (its first sight is listed for JavaScript
 * to decode and check once); a cell of a span column (ids, which do not repeat) is given as its
 * byte range. A record with a quote is marked for the ordinary reader (its quoted commas and line
 * breaks are not cuts). Freestanding C for wasm32:
 * clang --target=wasm32 (Debian's clang and lld).
 */
#include <stdint.h>

extern unsigned char __heap_base;
static uint32_t top;

/* A bump allocator over the module's memory, grown as needed; nothing is freed (one file per instance). */
__attribute__((export_name("alloc"))) uint32_t alloc(uint32_t n) {
  if (!top) top = (uint32_t)(uintptr_t)&__heap_base;
  top = (top + 15) & ~15u;
  uint32_t p = top;
  top += n;
  uint32_t need = (top + 65535) >> 16, have = __builtin_wasm_memory_size(0);
  if (need > have) __builtin_wasm_memory_grow(0, need - have);
  return p;
}

/* One column's distinct values: slots hold entry + 1 and the entry's hash; entries are byte ranges of the input. */
typedef struct {
  uint32_t *slots, *hashes, *off, *len;
  uint32_t mask, n, cap;
} Table;

#define MAX_COLUMNS 64
static Table tables[MAX_COLUMNS];
static const uint8_t *in;

static void table_init(Table *t, uint32_t bits) {
  t->mask = (1u << bits) - 1;
  t->n = 0;
  t->cap = 1u << (bits - 1);
  t->slots = (uint32_t *)(uintptr_t)alloc(4u << bits);
  t->hashes = (uint32_t *)(uintptr_t)alloc(4u << bits);
  for (uint32_t i = 0; i <= t->mask; i++) t->slots[i] = 0;
  t->off = (uint32_t *)(uintptr_t)alloc(4 * t->cap);
  t->len = (uint32_t *)(uintptr_t)alloc(4 * t->cap);
}

static void table_grow(Table *t) {
  Table old = *t;
  uint32_t bits = 0;
  while ((1u << bits) <= old.mask) bits++;
  table_init(t, bits + 1);
  t->n = old.n;
  for (uint32_t k = 0; k < old.n; k++) {
    t->off[k] = old.off[k];
    t->len[k] = old.len[k];
  }
  for (uint32_t p = 0; p <= old.mask; p++) {
    if (!old.slots[p]) continue;
    uint32_t h = old.hashes[p], q = h & t->mask;
    while (t->slots[q]) q = (q + 1) & t->mask;
    t->slots[q] = old.slots[p];
    t->hashes[q] = h;
  }
}

static int same(uint32_t a, uint32_t b, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    if (in[a + i] != in[b + i]) return 0;
  return 1;
}

/*
 * Scans the records after the header. modes[c]: 0 interned (codes[row * columns + c]), 1 span
 * (spans[2 * row], spans[2 * row + 1]). First sights go to news as (column, from, to), ended by
 * 0xffffffff. codes[row * columns] is -2 for a record to read the ordinary way (a quote, or a
 * number of cells other than the header's). Returns the records scanned.
 */
__attribute__((export_name("scan"))) uint32_t scan(uint32_t in_p, uint32_t len, uint32_t columns, uint32_t modes_p, uint32_t codes_p,
                                                   uint32_t spans_p, uint32_t news_p) {
  in = (const uint8_t *)(uintptr_t)in_p;
  const uint8_t *modes = (const uint8_t *)(uintptr_t)modes_p;
  int32_t *codes = (int32_t *)(uintptr_t)codes_p;
  uint32_t *spans = (uint32_t *)(uintptr_t)spans_p;
  uint32_t *news = (uint32_t *)(uintptr_t)news_p;
  uint32_t fresh = 0, rows = 0, p = 0;
  for (uint32_t c = 0; c < columns && c < MAX_COLUMNS; c++) table_init(&tables[c], 12);
  while (p < len && in[p] != '\n') p++;
  p++;
  while (p < len) {
    int32_t *row = codes + rows * columns;
    uint32_t c = 0, odd = 0;
    for (;;) {
      uint32_t a = p, h = 2166136261u, quoted = 0;
      for (; p < len; p++) {
        uint8_t b = in[p];
        if (b == '"') {
          odd = 1; /* the record is read the ordinary way; its commas and line breaks in quotes are not cuts */
          quoted ^= 1;
        } else if (!quoted && (b == ',' || b == '\n'))
          break;
        h = (h ^ b) * 16777619u;
      }
      if (c < columns && modes[c] == 1) {
        spans[2 * rows] = a;
        spans[2 * rows + 1] = p;
      } else if (c < columns) {
        Table *t = &tables[c];
        uint32_t n = p - a, q = h & t->mask;
        int32_t code = -1;
        for (;; q = (q + 1) & t->mask) {
          uint32_t e = t->slots[q];
          if (!e) break;
          if (t->hashes[q] == h && t->len[e - 1] == n && same(t->off[e - 1], a, n)) {
            code = (int32_t)e - 1;
            break;
          }
        }
        if (code < 0) {
          if (t->n >= t->cap) {
            table_grow(t);
            q = h & t->mask;
            while (t->slots[q]) q = (q + 1) & t->mask;
          }
          code = (int32_t)t->n++;
          t->off[code] = a;
          t->len[code] = n;
          t->slots[q] = (uint32_t)code + 1;
          t->hashes[q] = h;
          news[3 * fresh] = c;
          news[3 * fresh + 1] = a;
          news[3 * fresh + 2] = p;
          fresh++;
        }
        row[c] = code;
      }
      c++;
      if (p >= len || in[p] == '\n') {
        p++;
        break;
      }
      p++;
    }
    if (odd || c != columns) row[0] = -2;
    rows++;
  }
  news[3 * fresh] = 0xffffffffu;
  return rows;
}
