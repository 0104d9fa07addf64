package main

// Dependencies pinned in go.mod for packages still being built (the web
// test driver, the feed watcher); removed from here as they are used.
import (
	_ "github.com/chromedp/chromedp"
	_ "github.com/mmcdole/gofeed"
)
