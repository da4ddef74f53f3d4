namespace GraphQL;
