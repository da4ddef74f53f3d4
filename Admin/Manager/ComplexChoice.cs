using Housing.Domain.Complexes;

namespace Housing.Admin.Manager;

/// <summary>The complex a manager's page works for, and the others they could switch to.</summary>
public sealed record ComplexChoice(Complex Current, IReadOnlyList<Complex> All);
