using System.Runtime.CompilerServices;
using GraphQL.Error;
using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>
/// A recursive-descent parser for GraphQL documents (spec §2 and §3), worded and behaving like graphql-js 17's.
/// Nesting is bounded by <see cref="ParserOptions.MaxDepth"/> and by the remaining stack, so hostile input
/// becomes a <see cref="GraphQLSyntaxException"/>, never a stack overflow.
/// </summary>
public sealed class Parser
{
    private readonly Lexer _lexer;
    private readonly Source _source;
    private readonly ParserOptions _options;
    private readonly List<Node> _scratch = new(16);
    private int _tokenCount;
    private int _lastEnd;
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        _source = source;
        _lexer = new Lexer(source);
        _options = options ?? ParserOptions.Default;
    }

    /// <summary>Parses a whole document.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) => Parse(new Source(source), options);

    /// <summary>Parses a whole document.</summary>
    public static DocumentNode Parse(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value literal, which may contain variables, e.g. <c>[1, $x]</c>.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(source), options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(false);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single constant value literal (no variables).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(source), options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(true);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference, e.g. <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(source), options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EndOfFile);
        return type;
    }

    private ref readonly Token Current => ref _lexer.Token;

    private DocumentNode ParseDocument()
    {
        var start = Current.Start;
        ExpectToken(TokenKind.StartOfFile);
        var mark = _scratch.Count;
        do
        {
            _scratch.Add(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));

        return new DocumentNode
        {
            Definitions = Collect<DefinitionNode>(mark),
            TokenCount = _tokenCount,
            Location = Loc(start),
        };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (Text(keyword))
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.IsKeyword("extend"))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // Executable definitions (spec §2.3 - §2.8)

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current.Start;
        if (Peek(TokenKind.BraceL))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                SelectionSet = shorthand,
                Location = Loc(start),
            };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = variables,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = Loc(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return Text(token) switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptionalToken(TokenKind.ParenL))
        {
            return [];
        }

        var mark = _scratch.Count;
        do
        {
            _scratch.Add(ParseVariableDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));

        return Collect<VariableDefinitionNode>(mark);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current.Start;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = Loc(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = Current.Start;
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode { Name = name, Location = Loc(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current.Start;
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        var mark = _scratch.Count;
        if (!_options.AllowEmptySelectionSets || !Peek(TokenKind.BraceR))
        {
            do
            {
                _scratch.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
            }
            while (!Peek(TokenKind.BraceR));
        }

        Advance();
        _depth--;
        return new SelectionSetNode { Selections = Collect<SelectionNode>(mark), Location = Loc(start) };
    }

    private FieldNode ParseField()
    {
        var start = Current.Start;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = Loc(start),
        };
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.ParenL))
        {
            return [];
        }

        var mark = _scratch.Count;
        do
        {
            var start = Current.Start;
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _scratch.Add(new ArgumentNode { Name = name, Value = value, Location = Loc(start) });
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));

        return Collect<ArgumentNode>(mark);
    }

    private SelectionNode ParseFragment()
    {
        var start = Current.Start;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(false);
            return new FragmentSpreadNode { Name = name, Directives = spreadDirectives, Location = Loc(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode
        {
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = Loc(start),
        };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current.Start;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = Loc(start),
        };
    }

    private NameNode ParseFragmentName()
    {
        if (Current.IsKeyword("on"))
        {
            throw Unexpected(Current);
        }

        return ParseName();
    }

    // Values (spec §2.9)

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = token.Value!, Location = Loc(token.Start) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = token.Value!, Location = Loc(token.Start) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return Text(token) switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = Loc(token.Start) },
                    "false" => new BooleanValueNode { Value = false, Location = Loc(token.Start) },
                    "null" => new NullValueNode { Location = Loc(token.Start) },
                    _ => new EnumValueNode { Value = token.Value!, Location = Loc(token.Start) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Advance();
                    if (Current.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, "Unexpected variable \"$" + Current.Value + "\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        Advance();
        return new StringValueNode
        {
            Value = token.Value!,
            Block = token.Kind == TokenKind.BlockString,
            Location = Loc(token.Start),
        };
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = Current.Start;
        EnterNesting();
        Advance();
        var mark = _scratch.Count;
        while (!ExpectOptionalToken(TokenKind.BracketR))
        {
            _scratch.Add(ParseValueLiteral(isConst));
        }

        _depth--;
        return new ListValueNode { Values = Collect<ValueNode>(mark), Location = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Current.Start;
        EnterNesting();
        Advance();
        var mark = _scratch.Count;
        while (!ExpectOptionalToken(TokenKind.BraceR))
        {
            var fieldStart = Current.Start;
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _scratch.Add(new ObjectFieldNode { Name = name, Value = value, Location = Loc(fieldStart) });
        }

        _depth--;
        return new ObjectValueNode { Fields = Collect<ObjectFieldNode>(mark), Location = Loc(start) };
    }

    // Directives (spec §2.12)

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var mark = _scratch.Count;
        while (Peek(TokenKind.At))
        {
            var start = Current.Start;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            _scratch.Add(new DirectiveNode { Name = name, Arguments = arguments, Location = Loc(start) });
        }

        return Collect<DirectiveNode>(mark);
    }

    // Type references (spec §2.11)

    private TypeNode ParseTypeReference()
    {
        var start = Current.Start;
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            Advance();
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            _depth--;
            type = new ListTypeNode { Type = inner, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang)
            ? new NonNullTypeNode { Type = type, Location = Loc(start) }
            : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Current.Start;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = Loc(start) };
    }

    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(token.Value!) { Location = Loc(token.Start) };
    }

    // Type system definitions (spec §3)

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current.Start;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = ParseOperationTypeDefinitions(required: true);
        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes!,
            Location = Loc(start),
        };
    }

    private IReadOnlyList<OperationTypeDefinitionNode>? ParseOperationTypeDefinitions(bool required)
    {
        if (required)
        {
            ExpectToken(TokenKind.BraceL);
        }
        else if (!ExpectOptionalToken(TokenKind.BraceL))
        {
            return null;
        }

        var mark = _scratch.Count;
        do
        {
            var start = Current.Start;
            var operation = ParseOperationType();
            ExpectToken(TokenKind.Colon);
            var type = ParseNamedType();
            _scratch.Add(new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = Loc(start) });
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return Collect<OperationTypeDefinitionNode>(mark);
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current.Start;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current.Start;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces ?? [],
            Directives = directives,
            Fields = fields ?? [],
            Location = Loc(start),
        };
    }

    private IReadOnlyList<NamedTypeNode>? ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? ParseDelimitedNamedTypes(TokenKind.Amp) : null;

    private IReadOnlyList<NamedTypeNode> ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptionalToken(delimiter);
        var mark = _scratch.Count;
        do
        {
            _scratch.Add(ParseNamedType());
        }
        while (ExpectOptionalToken(delimiter));

        return Collect<NamedTypeNode>(mark);
    }

    private IReadOnlyList<FieldDefinitionNode>? ParseFieldsDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceL))
        {
            return null;
        }

        var mark = _scratch.Count;
        do
        {
            var start = Current.Start;
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseArgumentDefinitions();
            ExpectToken(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(true);
            _scratch.Add(new FieldDefinitionNode
            {
                Description = description,
                Name = name,
                Arguments = arguments ?? [],
                Type = type,
                Directives = directives,
                Location = Loc(start),
            });
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return Collect<FieldDefinitionNode>(mark);
    }

    private IReadOnlyList<InputValueDefinitionNode>? ParseArgumentDefinitions() =>
        ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);

    private IReadOnlyList<InputValueDefinitionNode>? ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptionalToken(open))
        {
            return null;
        }

        var mark = _scratch.Count;
        do
        {
            var start = Current.Start;
            var description = ParseDescription();
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(true) : null;
            var directives = ParseDirectives(true);
            _scratch.Add(new InputValueDefinitionNode
            {
                Description = description,
                Name = name,
                Type = type,
                DefaultValue = defaultValue,
                Directives = directives,
                Location = Loc(start),
            });
        }
        while (!ExpectOptionalToken(close));

        return Collect<InputValueDefinitionNode>(mark);
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current.Start;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces ?? [],
            Directives = directives,
            Fields = fields ?? [],
            Location = Loc(start),
        };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current.Start;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Types = types ?? [],
            Location = Loc(start),
        };
    }

    private IReadOnlyList<NamedTypeNode>? ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : null;

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current.Start;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Values = values ?? [],
            Location = Loc(start),
        };
    }

    private IReadOnlyList<EnumValueDefinitionNode>? ParseEnumValuesDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceL))
        {
            return null;
        }

        var mark = _scratch.Count;
        do
        {
            var start = Current.Start;
            var description = ParseDescription();
            if (Current.IsKeyword("true") || Current.IsKeyword("false") || Current.IsKeyword("null"))
            {
                throw Error(Current.Start, Current + " is reserved and cannot be used for an enum value.");
            }

            var name = ParseName();
            var directives = ParseDirectives(true);
            _scratch.Add(new EnumValueDefinitionNode
            {
                Description = description,
                Name = name,
                Directives = directives,
                Location = Loc(start),
            });
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return Collect<EnumValueDefinitionNode>(mark);
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current.Start;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        return new InputObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Fields = fields ?? [],
            Location = Loc(start),
        };
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current.Start;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var directives = ParseDirectives(true);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        ExpectOptionalToken(TokenKind.Pipe);
        var mark = _scratch.Count;
        do
        {
            var token = Current;
            var location = ParseName();
            if (!DirectiveLocationNames.TryParse(location.Value, out _))
            {
                throw Unexpected(token);
            }

            _scratch.Add(location);
        }
        while (ExpectOptionalToken(TokenKind.Pipe));

        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments ?? [],
            Directives = directives,
            Repeatable = repeatable,
            Locations = Collect<NameNode>(mark),
            Location = Loc(start),
        };
    }

    // Type system extensions (spec §3.2.2, §3.4.3 ...)

    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (Text(keyword))
            {
                case "schema":
                    return ParseSchemaExtension();
                case "scalar":
                    return ParseScalarTypeExtension();
                case "type":
                    return ParseObjectTypeExtension();
                case "interface":
                    return ParseInterfaceTypeExtension();
                case "union":
                    return ParseUnionTypeExtension();
                case "enum":
                    return ParseEnumTypeExtension();
                case "input":
                    return ParseInputObjectTypeExtension();
                case "directive":
                    return ParseDirectiveExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Current.Start;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = ParseOperationTypeDefinitions(required: false);
        if (directives.Count == 0 && operationTypes is null)
        {
            throw Unexpected(Current);
        }

        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes ?? [], Location = Loc(start) };
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Current.Start;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        if (directives.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = Loc(start) };
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Current.Start;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces is null && directives.Count == 0 && fields is null)
        {
            throw Unexpected(Current);
        }

        return new ObjectTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces ?? [],
            Directives = directives,
            Fields = fields ?? [],
            Location = Loc(start),
        };
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Current.Start;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces is null && directives.Count == 0 && fields is null)
        {
            throw Unexpected(Current);
        }

        return new InterfaceTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces ?? [],
            Directives = directives,
            Fields = fields ?? [],
            Location = Loc(start),
        };
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Current.Start;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types is null)
        {
            throw Unexpected(Current);
        }

        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types ?? [], Location = Loc(start) };
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Current.Start;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values is null)
        {
            throw Unexpected(Current);
        }

        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values ?? [], Location = Loc(start) };
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Current.Start;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        if (directives.Count == 0 && fields is null)
        {
            throw Unexpected(Current);
        }

        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields ?? [], Location = Loc(start) };
    }

    private DirectiveExtensionNode ParseDirectiveExtension()
    {
        var start = Current.Start;
        ExpectKeyword("extend");
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var directives = ParseDirectives(true);
        if (directives.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new DirectiveExtensionNode { Name = name, Directives = directives, Location = Loc(start) };
    }

    // Token helpers

    private ReadOnlySpan<char> Text(Token token) => _source.Body.AsSpan(token.Start, token.End - token.Start);

    private Location? Loc(int start) => _options.NoLocation ? null : new Location(start, _lastEnd, _source);

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private void Advance()
    {
        _lastEnd = _lexer.Token.End;
        ref readonly var token = ref _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile)
        {
            _tokenCount++;
            if (_tokenCount > _options.MaxTokens)
            {
                throw Error(token.Start, "Document contains more than " + _options.MaxTokens + " tokens. Parsing aborted.");
            }
        }
    }

    private Token ExpectToken(TokenKind kind)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw Error(token.Start, "Expected " + Token.Describe(kind) + ", found " + token + ".");
        }

        Advance();
        return token;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        var token = Current;
        if (!token.IsKeyword(keyword))
        {
            throw Error(token.Start, "Expected \"" + keyword + "\", found " + token + ".");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    // Every nesting construct passes here, so depth and stack space are checked before recursing further.
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(Current.Start, "Document nesting is deeper than " + Math.Min(_depth - 1, _options.MaxDepth) + " levels. Parsing aborted.");
        }
    }

    private GraphQLSyntaxException Unexpected(Token token) => Error(token.Start, "Unexpected " + token + ".");

    private GraphQLSyntaxException Error(int position, string description) => new(_source, position, description);

    private T[] Collect<T>(int mark)
        where T : Node
    {
        var count = _scratch.Count - mark;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = (T)_scratch[mark + i];
        }

        _scratch.RemoveRange(mark, count);
        return items;
    }
}
