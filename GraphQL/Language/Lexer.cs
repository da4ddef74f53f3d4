using System.Text;
using GraphQL.Error;

namespace GraphQL.Language;

/// <summary>
/// Turns a source into tokens on demand (spec §2.1), skipping ignored tokens (white space, line terminators,
/// commas, comments, the byte order mark). Works over the source string by index; allocates only token values.
/// </summary>
public sealed class Lexer
{
    private readonly string _body;
    private Token _token;
    private Token _next;
    private bool _hasNext;

    /// <summary>Creates a lexer positioned at the start-of-file token.</summary>
    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
        _token = new Token(TokenKind.StartOfFile, 0, 0, _body);
    }

    /// <summary>The source being read.</summary>
    public Source Source { get; }

    /// <summary>The current token (returned by reference, so reading it copies nothing).</summary>
    public ref readonly Token Token => ref _token;

    /// <summary>Moves to the next token and returns it; at the end of the document it stays on the end-of-file token.</summary>
    public ref readonly Token Advance()
    {
        if (_hasNext)
        {
            _token = _next;
            _hasNext = false;
        }
        else if (_token.Kind != TokenKind.EndOfFile)
        {
            _token = ReadToken(_token.End);
        }

        return ref _token;
    }

    /// <summary>Returns the token after the current one without moving.</summary>
    public ref readonly Token Lookahead()
    {
        if (_token.Kind == TokenKind.EndOfFile)
        {
            return ref _token;
        }

        if (!_hasNext)
        {
            _next = ReadToken(_token.End);
            _hasNext = true;
        }

        return ref _next;
    }

    private int CharAt(int position) => position < _body.Length ? _body[position] : -1;

    private GraphQLSyntaxException Error(int position, string description) => new(Source, position, description);

    private Token ReadToken(int position)
    {
        var body = _body;
        while (position < body.Length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                case '\n':
                case '\r':
                    position++;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!':
                    return Punctuator(TokenKind.Bang, position, 1);
                case '$':
                    return Punctuator(TokenKind.Dollar, position, 1);
                case '&':
                    return Punctuator(TokenKind.Amp, position, 1);
                case '(':
                    return Punctuator(TokenKind.ParenL, position, 1);
                case ')':
                    return Punctuator(TokenKind.ParenR, position, 1);
                case '.':
                    if (CharAt(position + 1) == '.')
                    {
                        if (CharAt(position + 2) == '.')
                        {
                            return Punctuator(TokenKind.Spread, position, 3);
                        }

                        throw Error(position, "Unexpected \"..\", did you mean \"...\"?");
                    }

                    if (CharacterClasses.IsDigit(CharAt(position + 1)))
                    {
                        var digitsEnd = ReadDigits(position + 1);
                        throw Error(position, "Invalid number, expected digit before \".\", did you mean \"0." + body[(position + 1)..digitsEnd] + "\"?");
                    }

                    break;
                case ':':
                    return Punctuator(TokenKind.Colon, position, 1);
                case '=':
                    return Punctuator(TokenKind.Equals, position, 1);
                case '@':
                    return Punctuator(TokenKind.At, position, 1);
                case '[':
                    return Punctuator(TokenKind.BracketL, position, 1);
                case ']':
                    return Punctuator(TokenKind.BracketR, position, 1);
                case '{':
                    return Punctuator(TokenKind.BraceL, position, 1);
                case '|':
                    return Punctuator(TokenKind.Pipe, position, 1);
                case '}':
                    return Punctuator(TokenKind.BraceR, position, 1);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (CharacterClasses.IsDigit(code) || code == '-')
            {
                return ReadNumber(position);
            }

            if (CharacterClasses.IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                    ? "Unexpected character: " + PrintCodePointAt(position) + "."
                    : "Invalid character: " + PrintCodePointAt(position) + ".");
        }

        return new Token(TokenKind.EndOfFile, body.Length, body.Length, body);
    }

    private Token Punctuator(TokenKind kind, int position, int length) => new(kind, position, position + length, _body);

    // A comment runs to the end of the line; an invalid code point ends it so the next token reports it.
    private int SkipComment(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    private Token ReadNumber(int start)
    {
        var position = start;
        var code = CharAt(position);
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (CharacterClasses.IsDigit(code))
            {
                throw Error(position, "Invalid number, unexpected digit after 0: " + PrintCodePointAt(position) + ".");
            }
        }
        else
        {
            position = ReadDigits(position);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
            code = CharAt(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                ++position;
            }

            position = ReadDigits(position);
            code = CharAt(position);
        }

        if (code == '.' || CharacterClasses.IsNameStart(code))
        {
            throw Error(position, "Invalid number, expected digit but got: " + PrintCodePointAt(position) + ".");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body);
    }

    private int ReadDigits(int start)
    {
        if (!CharacterClasses.IsDigit(CharAt(start)))
        {
            throw Error(start, "Invalid number, expected digit but got: " + PrintCodePointAt(start) + ".");
        }

        var position = start + 1;
        while (CharacterClasses.IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && CharacterClasses.IsNameContinue(body[position]))
        {
            position++;
        }

        return new Token(TokenKind.Name, start, position, body);
    }

    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                var text = value is null
                    ? body.Substring(chunkStart, position - chunkStart)
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                return new Token(TokenKind.String, start, position + 1, body, text);
            }

            if (code == '\\')
            {
                value ??= new StringBuilder(position - chunkStart + 16);
                value.Append(body, chunkStart, position - chunkStart);
                position += CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadVariableWidthUnicodeEscape(position, value)
                        : ReadFixedWidthUnicodeEscape(position, value)
                    : ReadEscapedCharacter(position, value);
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, "Invalid character within String: " + PrintCodePointAt(position) + ".");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    // \u{X...}: one to six hex digits naming a Unicode scalar value.
    private int ReadVariableWidthUnicodeEscape(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(value, point);
                return size;
            }

            // Eight digits can overflow into the sign bit; like graphql-js that counts as invalid.
            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + Slice(position, size) + "\".");
    }

    // \uXXXX: a scalar value, or a leading surrogate that must be followed by an escaped trailing surrogate.
    private int ReadFixedWidthUnicodeEscape(int position, StringBuilder value)
    {
        var code = Read16BitHex(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + Slice(position, 6) + "\".");
    }

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        var escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => '\0',
        };
        if (escaped == '\0')
        {
            throw Error(position, "Invalid character escape sequence: \"" + Slice(position, 2) + "\".");
        }

        value.Append(escaped);
        return 2;
    }

    private Token ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                return new Token(TokenKind.BlockString, start, position + 3, body, BlockString.DedentLines(lines));
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, "Invalid character within String: " + PrintCodePointAt(position) + ".");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private int Read16BitHex(int position)
    {
        var a = HexValue(CharAt(position));
        var b = HexValue(CharAt(position + 1));
        var c = HexValue(CharAt(position + 2));
        var d = HexValue(CharAt(position + 3));
        return (a | b | c | d) < 0 ? -1 : (a << 12) | (b << 8) | (c << 4) | d;
    }

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static void AppendCodePoint(StringBuilder value, int point)
    {
        if (point < 0x10000)
        {
            value.Append((char)point);
        }
        else
        {
            value.Append(char.ConvertFromUtf32(point));
        }
    }

    private string Slice(int position, int length) =>
        _body.Substring(position, Math.Min(length, _body.Length - position));

    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private bool IsSupplementaryCodePoint(int position) =>
        CharAt(position) is >= 0xD800 and <= 0xDBFF && CharAt(position + 1) is >= 0xDC00 and <= 0xDFFF;

    // Printable ASCII as "c" (a double quote as '"'), anything else as U+XXXX, the end as <EOF>.
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        int code = _body[position];
        if (IsSupplementaryCodePoint(position))
        {
            code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The character classes of the GraphQL grammar (ASCII only).</summary>
internal static class CharacterClasses
{
    public static bool IsDigit(int code) => code is >= '0' and <= '9';

    public static bool IsLetter(int code) => code is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    public static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    public static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';

    public static bool IsWhiteSpace(int code) => code is ' ' or '\t';
}
