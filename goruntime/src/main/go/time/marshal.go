// This file implements Time's encodings: text and JSON as RFC 3339, and the binary (and gob)
// form of seconds, nanoseconds and zone offset that Go defines.
package time

import "errors"

// MarshalText implements encoding.TextMarshaler: RFC 3339 with sub-second precision.
func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return t.AppendFormat(make([]byte, 0, len(RFC3339Nano)), RFC3339Nano), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: the time must be in RFC 3339 format.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// MarshalJSON implements json.Marshaler: a quoted RFC 3339 string.
func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	b := append(make([]byte, 0, len(RFC3339Nano)+2), '"')
	b = t.AppendFormat(b, RFC3339Nano)
	return append(b, '"'), nil
}

// UnmarshalJSON implements json.Unmarshaler: a quoted RFC 3339 string, or null.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var err error
	*t, err = Parse(`"`+RFC3339+`"`, string(data))
	return err
}

// Versions of MarshalBinary's encoding: version 2 adds the seconds of a zone offset.
const (
	timeBinaryVersionV1 byte = iota + 1
	timeBinaryVersionV2
)

// MarshalBinary implements encoding.BinaryMarshaler: a version byte, the seconds since year 1
// (8 bytes), the nanoseconds (4), the zone offset in minutes (2, -1 for UTC) and, in version 2,
// the offset's seconds.
func (t Time) MarshalBinary() ([]byte, error) {
	var offsetMin int16
	var offsetSec int8
	version := timeBinaryVersionV1
	if t.Location() == UTC {
		offsetMin = -1
	} else {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = timeBinaryVersionV2
			offsetSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offsetMin = int16(offset)
	}
	sec := t.sec()
	nsec := t.nsec()
	enc := []byte{version}
	for shift := 56; shift >= 0; shift -= 8 {
		enc = append(enc, byte(sec>>shift))
	}
	enc = append(enc, byte(nsec>>24), byte(nsec>>16), byte(nsec>>8), byte(nsec),
		byte(offsetMin>>8), byte(offsetMin))
	if version == timeBinaryVersionV2 {
		enc = append(enc, byte(offsetSec))
	}
	return enc, nil
}

// UnmarshalBinary implements encoding.BinaryUnmarshaler. The zone becomes UTC, Local if the
// offset is Local's at that instant, or else an unnamed fixed zone.
func (t *Time) UnmarshalBinary(data []byte) error {
	buf := data
	if len(buf) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := buf[0]
	if version != timeBinaryVersionV1 && version != timeBinaryVersionV2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	wantLen := 1 + 8 + 4 + 2
	if version == timeBinaryVersionV2 {
		wantLen++
	}
	if len(buf) != wantLen {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	buf = buf[1:]
	var sec int64
	for i := 0; i < 8; i++ {
		sec = sec<<8 | int64(buf[i])
	}
	buf = buf[8:]
	nsec := int32(buf[3]) | int32(buf[2])<<8 | int32(buf[1])<<16 | int32(buf[0])<<24
	buf = buf[4:]
	offset := int(int16(buf[1])|int16(buf[0])<<8) * 60
	if version == timeBinaryVersionV2 {
		offset += int(buf[2])
	}

	*t = Time{}
	t.wall = uint64(nsec)
	t.ext = sec
	if offset == -1*60 {
		t.setLoc(&utcLoc)
	} else if _, localoff, _, _, _ := Local.lookup(t.unixSec()); offset == localoff {
		t.setLoc(Local)
	} else {
		t.setLoc(FixedZone("", offset))
	}
	return nil
}

// GobEncode implements the gob.GobEncoder interface.
func (t Time) GobEncode() ([]byte, error) {
	return t.MarshalBinary()
}

// GobDecode implements the gob.GobDecoder interface.
func (t *Time) GobDecode(data []byte) error {
	return t.UnmarshalBinary(data)
}
