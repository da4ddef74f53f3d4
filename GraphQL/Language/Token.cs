namespace GraphQL.Language;

/// <summary>The kinds of lexical tokens, as graphql-js names them.</summary>
public enum TokenKind
{
    /// <summary>The position before the first token.</summary>
    StartOfFile,
    /// <summary>The end of the document.</summary>
    EndOfFile,
    /// <summary><c>!</c></summary>
    Bang,
    /// <summary><c>$</c></summary>
    Dollar,
    /// <summary><c>&amp;</c></summary>
    Amp,
    /// <summary><c>(</c></summary>
    ParenL,
    /// <summary><c>)</c></summary>
    ParenR,
    /// <summary><c>...</c></summary>
    Spread,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>=</c></summary>
    Equals,
    /// <summary><c>@</c></summary>
    At,
    /// <summary><c>[</c></summary>
    BracketL,
    /// <summary><c>]</c></summary>
    BracketR,
    /// <summary><c>{</c></summary>
    BraceL,
    /// <summary><c>|</c></summary>
    Pipe,
    /// <summary><c>}</c></summary>
    BraceR,
    /// <summary>A name such as <c>field</c> or <c>query</c>.</summary>
    Name,
    /// <summary>An integer literal.</summary>
    Int,
    /// <summary>A float literal.</summary>
    Float,
    /// <summary>A quoted string literal.</summary>
    String,
    /// <summary>A <c>"""block string"""</c> literal.</summary>
    BlockString,
}

/// <summary>A lexical token: its kind, its offsets in the source and, for names, numbers and strings, its value.</summary>
public readonly struct Token
{
    private readonly string? _body;
    private readonly string? _value;

    internal Token(TokenKind kind, int start, int end, string? body, string? value = null)
    {
        Kind = kind;
        Start = start;
        End = end;
        _body = body;
        _value = value;
    }

    /// <summary>The token's kind.</summary>
    public TokenKind Kind { get; }

    /// <summary>Offset of the token's first character.</summary>
    public int Start { get; }

    /// <summary>Offset just past the token's last character.</summary>
    public int End { get; }

    /// <summary>The text of a name or number, the value of a string (escapes resolved), else null.</summary>
    public string? Value => _value ?? (Kind is TokenKind.Name or TokenKind.Int or TokenKind.Float
        ? _body!.Substring(Start, End - Start)
        : null);

    /// <summary>True when this is a name token spelling exactly <paramref name="keyword"/>; allocates nothing.</summary>
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Name && _body.AsSpan(Start, End - Start).SequenceEqual(keyword);

    /// <summary>The punctuator's text, or the kind's name (e.g. <c>"{"</c>, <c>Name</c>, <c>&lt;EOF&gt;</c>) as graphql-js prints it in errors.</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        _ => "BlockString",
    };

    /// <summary>The token as graphql-js describes it in errors, e.g. <c>Name "foo"</c> or <c>"}"</c>.</summary>
    public override string ToString()
    {
        var value = Value;
        return value is null ? Describe(Kind) : Describe(Kind) + " \"" + value + "\"";
    }
}
