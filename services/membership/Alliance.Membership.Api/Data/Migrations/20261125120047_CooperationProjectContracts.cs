using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Membership.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class CooperationProjectContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "source_version",
                table: "membership_contracts",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "source_version",
                table: "membership_contracts");
        }
    }
}
