using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LeanIX.Client.Generators.Json;

/// <summary>
/// A small JSON reader. System.Text.Json is not loaded into the compiler for analyzers on every host,
/// and shipping it with the generator risks version clashes inside the compiler process, so the
/// snapshot is read by hand. Objects become <see cref="JsonObject"/> (key order kept), arrays
/// <see cref="List{T}"/> of object, numbers double, plus string, bool and null.
/// </summary>
internal sealed class JsonReader
{
    private readonly string _text;
    private int _pos;

    private JsonReader(string text) => _text = text;

    /// <summary>Parses a whole document; malformed text raises <see cref="JsonFormatException"/> with line and column.</summary>
    public static object? Parse(string text)
    {
        var reader = new JsonReader(text);
        reader.SkipWhitespace();
        var value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader._pos < text.Length) throw reader.Error("unexpected text after the JSON value");
        return value;
    }

    private object? ReadValue(int depth)
    {
        // Deep nesting would only come from a broken file; a limit keeps the compiler's stack safe.
        if (depth > 256) throw Error("nesting is too deep");
        if (_pos >= _text.Length) throw Error("unexpected end of file");
        var c = _text[_pos];
        switch (c)
        {
            case '{': return ReadObject(depth);
            case '[': return ReadArray(depth);
            case '"': return ReadString();
            case 't': Expect("true"); return true;
            case 'f': Expect("false"); return false;
            case 'n': Expect("null"); return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
                throw Error($"unexpected character '{c}'");
        }
    }

    private JsonObject ReadObject(int depth)
    {
        var result = new JsonObject();
        _pos++;
        SkipWhitespace();
        if (Peek() == '}') { _pos++; return result; }
        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"') throw Error("expected a property name in double quotes");
            var key = ReadString();
            SkipWhitespace();
            if (Peek() != ':') throw Error("expected ':' after a property name");
            _pos++;
            SkipWhitespace();
            result.Set(key, ReadValue(depth + 1));
            SkipWhitespace();
            var next = Peek();
            _pos++;
            if (next == '}') return result;
            if (next != ',') { _pos--; throw Error("expected ',' or '}' in an object"); }
        }
    }

    private List<object?> ReadArray(int depth)
    {
        var result = new List<object?>();
        _pos++;
        SkipWhitespace();
        if (Peek() == ']') { _pos++; return result; }
        while (true)
        {
            SkipWhitespace();
            result.Add(ReadValue(depth + 1));
            SkipWhitespace();
            var next = Peek();
            _pos++;
            if (next == ']') return result;
            if (next != ',') { _pos--; throw Error("expected ',' or ']' in an array"); }
        }
    }

    private string ReadString()
    {
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw Error("unterminated string");
            var c = _text[_pos++];
            if (c == '"') return sb.ToString();
            if (c != '\\') { sb.Append(c); continue; }
            if (_pos >= _text.Length) throw Error("unterminated escape");
            var e = _text[_pos++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > _text.Length || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                        throw Error("bad \\u escape");
                    sb.Append((char)code);
                    _pos += 4;
                    break;
                default: _pos--; throw Error($"bad escape '\\{e}'");
            }
        }
    }

    private double ReadNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && "+-0123456789.eE".IndexOf(_text[_pos]) >= 0) _pos++;
        var token = _text.Substring(start, _pos - start);
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            _pos = start;
            throw Error($"bad number '{token}'");
        }
        return d;
    }

    private void Expect(string word)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0) throw Error($"unexpected token, expected '{word}'");
        _pos += word.Length;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && (_text[_pos] == ' ' || _text[_pos] == '\t' || _text[_pos] == '\n' || _text[_pos] == '\r' || _text[_pos] == '\uFEFF')) _pos++;
    }

    private JsonFormatException Error(string message)
    {
        int line = 1, column = 1;
        for (var i = 0; i < _pos && i < _text.Length; i++)
        {
            if (_text[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return new JsonFormatException($"{message} at line {line}, column {column}", line, column);
    }
}
