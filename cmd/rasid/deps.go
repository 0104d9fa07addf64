package main

// Dependencies pinned for the packages being built; removed as they are used.
import (
	_ "github.com/chromedp/chromedp"
	_ "github.com/markusmobius/go-trafilatura"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/ncruces/go-sqlite3/driver"
	_ "github.com/ncruces/go-sqlite3/ext/fts5"
	_ "github.com/zeebo/xxh3"
	_ "golang.org/x/text/encoding/charmap"
)

func main() {}
