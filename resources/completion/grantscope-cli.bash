# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for grantscope-cli. Installed as share/bash-completion/completions/grantscope-cli.
# The option lists follow "grantscope-cli COMMAND --help"; tests/cli/tst_cli_conventions.cpp checks they match.

_grantscope_cli()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion || return
    else
        COMPREPLY=()
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD-1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    local commands="analyze expand boundary diff report evaluate explain compare activity inventory bench help"
    local package="--param --account --org-account --region --partition --exclude"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help -h --version" -- "$cur"))
        return
    fi

    local command=${words[1]} options
    case $command in
        analyze) options="--json --sarif --markdown --md --brief -o --output --fail-on --session --disable-rule --baseline $package" ;;
        expand) options="--json -q --quiet" ;;
        boundary) options="--deny-action --deny-on --allow-service --allow-level --base --from-findings --kms-key --name --format -o --output $package" ;;
        diff) options="--json --boundary $package" ;;
        report) options="--format -o --output --session --boundary --reviewer --recommendation --since $package" ;;
        evaluate) options="--cases" ;;
        explain) options="--json --action --resource --subject --principal --context --boundary $package" ;;
        compare) options="--json --fail-on-new --session $package" ;;
        activity) options="--json --trail --last-accessed --credential-report --role --since --until --idle-days $package" ;;
        inventory) options="--json --account --org-account --vendor --idle-days --as-of --fail-on --report --report-format" ;;
        bench) options="--repeat" ;;
        help)
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            return
            ;;
        *) return ;;
    esac
    options="$options -h --help"

    case $prev in
        --fail-on | --fail-on-new)
            COMPREPLY=($(compgen -W "critical high medium low info" -- "$cur"))
            return
            ;;
        --partition)
            COMPREPLY=($(compgen -W "aws aws-us-gov aws-cn aws-iso aws-iso-b aws-iso-e aws-iso-f aws-eusc" -- "$cur"))
            return
            ;;
        --base)
            COMPREPLY=($(compgen -W "allow-all vendor" -- "$cur"))
            return
            ;;
        --allow-level)
            COMPREPLY=($(compgen -W "List Read Write Tagging" -- "$cur"))
            return
            ;;
        --format)
            if [[ $command == report ]]; then
                COMPREPLY=($(compgen -W "html pdf md" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "json cloudformation terraform" -- "$cur"))
            fi
            return
            ;;
        --report-format)
            COMPREPLY=($(compgen -W "html pdf md" -- "$cur"))
            return
            ;;
        --recommendation)
            COMPREPLY=($(compgen -W "approve boundary reject" -- "$cur"))
            return
            ;;
        --reviewer)
            return
            ;;
        --since)
            # report: the release reviewed before (a file or folder); activity: a date.
            [[ $command == report ]] && COMPREPLY=($(compgen -f -- "$cur"))
            return
            ;;
        --param | --account | --org-account | --region | --deny-action | --deny-on | --allow-service | --kms-key | \
            --name | --role | --until | --idle-days | --repeat | --exclude | --disable-rule | --vendor | \
            --action | --resource | --subject | --principal | --context)
            return
            ;;
        -o | --output | --boundary | --session | --cases | --trail | --last-accessed | --credential-report | --baseline | \
            --report)
            COMPREPLY=($(compgen -f -- "$cur"))
            compopt -o filenames 2>/dev/null
            return
            ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
        compopt -o filenames 2>/dev/null
    fi
}
complete -F _grantscope_cli grantscope-cli
