package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// sources are the raw inputs read from the registry packages.
type sources struct {
	cities []byte            // the cities.compiled GVariant
	mo     []byte            // locale/ar geonames.mo
	langs  map[string][]byte // i18n-iso-countries langs/<lang>.json
}

func fetch(work string) (*sources, error) {
	if err := sh(work, "apt-get", "download", "libgeonames0", "libgeonames-common"); err != nil {
		return nil, err
	}
	debs, _ := filepath.Glob(filepath.Join(work, "libgeonames*.deb"))
	for _, d := range debs {
		if err := sh(work, "dpkg", "-x", d, "x"); err != nil {
			return nil, err
		}
	}
	libs, _ := filepath.Glob(filepath.Join(work, "x/usr/lib/*/libgeonames.so.*.*"))
	if len(libs) == 0 {
		return nil, fmt.Errorf("libgeonames.so not found in the package")
	}
	cmd := exec.Command("gresource", "extract", libs[0], resource)
	cities, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("gresource extract %s: %w", resource, err)
	}
	mo, err := os.ReadFile(filepath.Join(work, "x/usr/share/locale/ar/LC_MESSAGES/geonames.mo"))
	if err != nil {
		return nil, err
	}
	if err := sh(work, "npm", "pack", "--silent", countriesPkg); err != nil {
		return nil, err
	}
	tgz, _ := filepath.Glob(filepath.Join(work, "i18n-iso-countries-*.tgz"))
	if len(tgz) == 0 {
		return nil, fmt.Errorf("npm pack %s gave no tarball", countriesPkg)
	}
	langs, err := untarLangs(tgz[0])
	if err != nil {
		return nil, err
	}
	return &sources{cities: cities, mo: mo, langs: langs}, nil
}

func sh(dir, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = io.Discard
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, stderr.String())
	}
	return nil
}

// untarLangs reads package/langs/{ar,en}.json from an npm tarball.
func untarLangs(path string) (map[string][]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	tr := tar.NewReader(gz)
	out := map[string][]byte{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		switch h.Name {
		case "package/langs/ar.json", "package/langs/en.json":
			b, err := io.ReadAll(tr)
			if err != nil {
				return nil, err
			}
			out[strings.TrimSuffix(filepath.Base(h.Name), ".json")] = b
		}
	}
	if len(out) != 2 {
		return nil, fmt.Errorf("%s: langs/ar.json or en.json missing", path)
	}
	return out, nil
}
