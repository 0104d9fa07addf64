package main

import (
	"bufio"
	"io"
	"os"
)

// output is a buffered writer to a file, or to standard output when the
// path is empty. Close flushes it and closes the file, returning the first
// error.
type output struct {
	*bufio.Writer
	f *os.File
}

func createOutput(path string) (*output, error) {
	var w io.Writer = os.Stdout
	o := &output{}
	if path != "" {
		f, err := os.Create(path)
		if err != nil {
			return nil, err
		}
		o.f, w = f, f
	}
	o.Writer = bufio.NewWriterSize(w, 1<<16)
	return o, nil
}

// Close flushes the buffer and closes the file.
func (o *output) Close() error {
	err := o.Flush()
	if o.f != nil {
		if cerr := o.f.Close(); err == nil {
			err = cerr
		}
	}
	return err
}
